/**
 * Above this many nodes the canvas renders only those in view (React Flow's
 * onlyRenderVisibleElements): at 2,000 nodes that halved the CPU of a drag frame and a pan frame,
 * and a pan's layer (map.css) then holds the visible nodes only. Nodes not rendered yet carry an
 * estimated size (estimatedSize), so fitting the view sees all of them; MapKeyboard brings an
 * unrendered node into view before focusing it. Our patch of React Flow keeps the nodes that leave
 * the view mounted until the pan or zoom ends and the view has rested 400 ms, and mounts those that
 * come into view a few a frame (ARCHITECTURE.md): mounting them again on the way back was what held
 * a zoom's frames at 50 ms.
 */
export const renderVisibleOnlyAbove = 600
