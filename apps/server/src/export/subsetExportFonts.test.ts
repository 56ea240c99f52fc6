import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { exportFontFiles, hasExportFont } from './exportFonts'
import { subsetExportFonts } from './subsetExportFonts'

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="420" height="90" font-family="DejaVu Sans, sans-serif">' +
  '<text x="8" y="30" font-size="16" font-weight="bold">CLAIM — “Ελληνικά” Русский</text>' +
  '<text x="8" y="62" font-size="13" xml:space="preserve">This is not a concession, café &amp; naïve: 42%</text></svg>'

const pixels = (fontFiles: string[]) =>
  new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans' }, logLevel: 'off' }).render().pixels

describe.runIf(hasExportFont())('subsetExportFonts', () => {
  it('draws the same pixels as the whole font, regular and bold', async () => {
    const subset = await subsetExportFonts(svg)
    expect(subset.regular.length).toBeLessThan(60_000)
    const folder = await mkdtemp(path.join(os.tmpdir(), 'warrant-subset-test-'))
    try {
      const files = [path.join(folder, 'regular.ttf'), path.join(folder, 'bold.ttf')]
      await writeFile(files[0]!, subset.regular)
      await writeFile(files[1]!, subset.bold)
      const whole = pixels([exportFontFiles.regular, exportFontFiles.bold])
      expect(whole.some((value, index) => index % 4 === 3 && value > 0)).toBe(true)
      expect(Buffer.from(pixels(files)).equals(Buffer.from(whole))).toBe(true)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
