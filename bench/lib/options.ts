/** `--quick`: shorter runs so that `pnpm bench --quick` finishes within about five minutes on a quiet machine. */
export const quick = process.argv.includes('--quick')

export const syncRates = [50, 200, 1000]
export const syncSeconds = quick ? 3 : 10
export const syncWarmupSeconds = quick ? 0.5 : 1
export const syncRooms = 10
export const syncSendersPerRoom = 2
export const pageLoads = quick ? 3 : 5
