/** The y-websocket message types this server speaks (the first varUint of every frame). */
export const messageSync = 0
export const messageAwareness = 1
export const messageQueryAwareness = 3
