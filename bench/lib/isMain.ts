import { pathToFileURL } from 'node:url'

/** True when the module at `url` is the script node was asked to run. */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === url
}
