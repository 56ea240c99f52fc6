import { svgSize } from '@warrant/formats'

/**
 * Draws an SVG document onto a canvas at its own width and height (already scaled by mapToSvg)
 * and encodes it as PNG. The SVG is loaded as an image, so it can run nothing and fetch nothing.
 */
export async function rasteriseSvg(svg: string): Promise<Blob> {
  const size = svgSize(svg)
  const width = Math.round(size?.width ?? 0)
  const height = Math.round(size?.height ?? 0)
  if (!width || !height) throw new Error('The drawing has no size.')
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw the picture (no canvas).')
    context.drawImage(image, 0, 0, width, height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    // Browsers refuse canvases over their size limit by handing back no blob.
    if (!blob) throw new Error(`The picture is too large at this scale (${width} × ${height} px). Try a smaller scale or SVG.`)
    return blob
  } finally {
    URL.revokeObjectURL(url)
  }
}
