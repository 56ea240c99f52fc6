import { type Locator, type Page, expect } from '@playwright/test'

export type LinkKind = 'supports' | 'attacks'

/** The argument map: React Flow nodes and links, the link-kind picker. */
export class MapPage {
  readonly view: Locator
  readonly nodes: Locator
  readonly links: Locator
  readonly picker: Locator

  constructor(readonly page: Page) {
    this.view = page.getByTestId('map-view')
    this.nodes = this.view.getByTestId('map-node')
    this.links = this.view.getByTestId('map-link')
    this.picker = page.getByTestId('link-kind-picker')
  }

  node(nodeId: string): Locator {
    return this.view.locator(`[data-testid="map-node"][data-node-id="${nodeId}"]`)
  }

  /** The node whose statement contains `text` (nodes made from a passage quote it). */
  nodeWithText(text: string): Locator {
    return this.nodes.filter({ has: this.page.locator('.node-text', { hasText: text }) })
  }

  /** React Flow's positioned wrapper of a node: its `transform` is the node's place on the canvas. */
  wrapper(nodeId: string): Locator {
    return this.view.locator(`.react-flow__node[data-id="${nodeId}"]`)
  }

  link(source: string, target: string): Locator {
    return this.view.locator(`[data-testid="map-link"][data-link-source="${source}"][data-link-target="${target}"]`)
  }

  linksOfKind(kind: LinkKind): Locator {
    return this.view.locator(`[data-testid="map-link"][data-link-kind="${kind}"]`)
  }

  async nodeIds(): Promise<string[]> {
    return this.nodes.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-node-id') ?? ''))
  }

  async idOf(node: Locator): Promise<string> {
    const id = await node.getAttribute('data-node-id')
    expect(id).toBeTruthy()
    return id!
  }

  /** The node's canvas position as React Flow renders it (translate(x px, y px) of its wrapper). */
  async position(nodeId: string): Promise<{ x: number; y: number }> {
    const transform = (await this.wrapper(nodeId).getAttribute('style')) ?? ''
    const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform)
    if (!match) throw new Error(`no translate in ${transform}`)
    return { x: Number(match[1]), y: Number(match[2]) }
  }

  /**
   * Drags from `source`'s top handle to `target`'s bottom handle with the mouse, as a person
   * would, and waits for the link-kind picker.
   */
  async dragLink(source: string, target: string): Promise<void> {
    await this.showAll()
    const from = await this.center(this.node(source).locator('.react-flow__handle.react-flow__handle-top'))
    const to = await this.center(this.node(target).locator('.react-flow__handle.react-flow__handle-bottom'))
    await this.page.mouse.move(from.x, from.y)
    await this.page.mouse.down()
    await this.page.mouse.move(from.x + 10, from.y + 10, { steps: 3 })
    await this.page.mouse.move(to.x, to.y, { steps: 12 })
    await this.page.mouse.up()
    await expect(this.picker).toBeVisible()
  }

  async linkNodes(source: string, target: string, kind: LinkKind): Promise<void> {
    await this.dragLink(source, target)
    await this.picker.getByTestId(`link-kind-${kind}`).click()
    await expect(this.picker).toBeHidden()
  }

  /**
   * Frames every node with React Flow's "fit view" control. The map frames itself only once, so
   * nodes made from the reader later can land outside the visible canvas.
   */
  async showAll(): Promise<void> {
    // A node just made can start its reveal (a 300 ms pan) after the click: fit again until the
    // view holds still, or a drag would start where a handle was a frame ago (on the node's body).
    await expect
      .poll(async () => {
        await this.view.locator('.react-flow__controls-fitview').click()
        return (await this.viewAtRest()) && (await this.allNodesInView())
      })
      .toBe(true)
  }

  /** The view did not move over two animation frames (no pan or zoom is animating it). */
  viewAtRest(): Promise<boolean> {
    return this.view.evaluate(async (view) => {
      const transform = () => (view.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform
      const before = transform()
      for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame)
      return transform() === before
    })
  }

  private allNodesInView(): Promise<boolean> {
    return this.view.evaluate((view) => {
      const frame = view.getBoundingClientRect()
      return [...view.querySelectorAll('.react-flow__node')].every((node) => {
        const box = node.getBoundingClientRect()
        return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom
      })
    })
  }

  /** Drags a node by its body by (dx, dy) screen pixels. */
  async moveNode(nodeId: string, dx: number, dy: number): Promise<void> {
    await this.showAll()
    const start = await this.center(this.node(nodeId).locator('.node-text'))
    await this.page.mouse.move(start.x, start.y)
    await this.page.mouse.down()
    await this.page.mouse.move(start.x + dx / 2, start.y + dy / 2, { steps: 6 })
    await this.page.mouse.move(start.x + dx, start.y + dy, { steps: 6 })
    await this.page.mouse.up()
  }

  /**
   * How far, in screen pixels, the link from `source` to `target` ends from the handles it joins
   * (the source's top, the target's bottom): a few pixels while it follows both nodes.
   */
  async linkEndGap(source: string, target: string): Promise<number> {
    const from = await this.center(this.node(source).locator('.react-flow__handle.react-flow__handle-top'))
    const to = await this.center(this.node(target).locator('.react-flow__handle.react-flow__handle-bottom'))
    const ends = await this.link(source, target)
      .locator('path.react-flow__edge-path')
      .evaluate((path: SVGPathElement) => {
        const onScreen = (point: DOMPoint) => point.matrixTransform(path.getScreenCTM() ?? undefined)
        const start = onScreen(path.getPointAtLength(0))
        const end = onScreen(path.getPointAtLength(path.getTotalLength()))
        return { start: { x: start.x, y: start.y }, end: { x: end.x, y: end.y } }
      })
    return Math.max(Math.hypot(ends.start.x - from.x, ends.start.y - from.y), Math.hypot(ends.end.x - to.x, ends.end.y - to.y))
  }

  private async center(locator: Locator): Promise<{ x: number; y: number }> {
    await expect(locator).toBeVisible()
    const box = await locator.boundingBox()
    if (!box) throw new Error('element has no box')
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  }
}
