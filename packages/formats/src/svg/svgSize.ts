/**
 * The width and height (CSS pixels, already scaled) on the root of an export SVG from `mapToSvg`;
 * null when it has none. Read by whatever turns the drawing into PNG or PDF.
 */
export function svgSize(svg: string): { width: number; height: number } | null {
  const size = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg)
  return size ? { width: Number(size[1]), height: Number(size[2]) } : null
}
