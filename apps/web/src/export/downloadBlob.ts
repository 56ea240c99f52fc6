/** Saves `blob` as `fileName` through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has taken the URL by the next task; release the blob after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
