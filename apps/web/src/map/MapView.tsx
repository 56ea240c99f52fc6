import { type KeyboardEvent, type MouseEvent, useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  type EdgeChange,
  type NodeChange,
  type OnConnectEnd,
  type OnDelete,
  ReactFlow,
  ReactFlowProvider,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
} from '@xyflow/react'
import { type LinkKind, type NodeKind, addNode, canWrite, deleteLinks, deleteNodes, linkNodes, setLinkKind } from '@warrant/model'
import type { FocusStore } from '../focus/FocusStore'
import type { RoomSession } from '../session/RoomSession'
import { ArgumentNodeView } from './ArgumentNodeView'
import { EditingStore } from './EditingStore'
import { FitViewOnce } from './FitViewOnce'
import { RevealOnMap } from './RevealOnMap'
import { MapPresence } from '../presence/MapPresence'
import { fitViewOptions } from './fitViewOptions'
import type { ArgumentFlowNode, LinkFlowEdge } from './flowTypes'
import { LinkEdgeView } from './LinkEdgeView'
import { LinkKindPicker } from './LinkKindPicker'
import { LinkMarkers } from './LinkMarkers'
import { MapContext, type MapContextValue } from './MapContext'
import { MapToolbar } from './MapToolbar'
import { MoveWriter } from './MoveWriter'
import { OrphanStore } from './OrphanStore'
import { reconcileFlowEdges } from './reconcileFlowEdges'
import { reconcileFlowNodes } from './reconcileFlowNodes'
import './map.css'

export interface MapViewProps {
  session: RoomSession
  focus: FocusStore
}

const nodeTypes = { argument: ArgumentNodeView }
const edgeTypes = { link: LinkEdgeView }
const deleteKeys = ['Delete', 'Backspace']
const newNodeText: Record<NodeKind, string> = { claim: 'New claim', evidence: 'New evidence', counterclaim: 'New counterclaim' }

type Picker =
  | { x: number; y: number; source: string; target: string }
  | { x: number; y: number; linkId: string; current: LinkKind }

/** The argument map: React Flow fed from the room's map snapshot. */
export function MapView(props: MapViewProps) {
  return (
    <ReactFlowProvider>
      <MapCanvas {...props} />
    </ReactFlowProvider>
  )
}

function MapCanvas({ session, focus }: MapViewProps) {
  const { room } = session
  // Viewers see the map live and change nothing (the server drops their writes anyway).
  const readOnly = !canWrite(session.role, 'map')
  const [context] = useState<MapContextValue>(() => ({ room, focus, editing: new EditingStore(), orphans: new OrphanStore(room) }))
  const { editing } = context
  const [moves] = useState(() => new MoveWriter(room))
  const reactFlow = useReactFlow()
  const pane = useRef<HTMLDivElement>(null)

  // Model → view: one subscription; unchanged records keep their flow objects (reconcile*).
  const snapshot = useSyncExternalStore(room.subscribe, room.getSnapshot)
  const [seen, setSeen] = useState(snapshot)
  const [nodes, setNodes] = useState(() => reconcileFlowNodes([], snapshot.nodeList))
  const [edges, setEdges] = useState(() => reconcileFlowEdges([], snapshot.linkList))
  if (seen !== snapshot) {
    setSeen(snapshot)
    setNodes((previous) => reconcileFlowNodes(previous, snapshot.nodeList))
    setEdges((previous) => reconcileFlowEdges(previous, snapshot.linkList))
  }
  const editingId = useSyncExternalStore(editing.subscribe, editing.get)
  const [picker, setPicker] = useState<Picker | null>(null)

  // View → model. Removals go through onDelete, so the model decides what disappears.
  const onNodesChange = useCallback(
    (changes: NodeChange<ArgumentFlowNode>[]) => {
      const local = changes.filter((change) => change.type !== 'remove')
      if (local.length > 0) setNodes((previous) => applyNodeChanges(local, previous))
      for (const change of changes) if (change.type === 'position' && change.dragging && change.position) moves.queue(change.id, change.position)
    },
    [moves],
  )
  const onEdgesChange = useCallback((changes: EdgeChange<LinkFlowEdge>[]) => {
    const local = changes.filter((change) => change.type !== 'remove')
    if (local.length > 0) setEdges((previous) => applyEdgeChanges(local, previous))
  }, [])
  // A drag writes once per frame and once on drop: one undo step for all of it.
  const onNodeDragStart = useCallback(() => session.mapUndo.beginGroup(), [session])
  const onNodeDragStop = useCallback(
    (_event: unknown, _node: ArgumentFlowNode, dragged: ArgumentFlowNode[]) => {
      moves.finish(dragged.map(({ id, position }) => ({ id, position })))
      session.mapUndo.endGroup()
    },
    [moves, session],
  )
  const onDelete: OnDelete<ArgumentFlowNode, LinkFlowEdge> = useCallback(
    ({ nodes: deletedNodes, edges: deletedEdges }) => {
      moves.discard()
      session.mapUndo.group(() => {
        deleteNodes(room, deletedNodes.map((node) => node.id))
        deleteLinks(room, deletedEdges.map((edge) => edge.id))
      })
    },
    [room, moves, session],
  )

  const pointInPane = useCallback((clientX: number, clientY: number) => {
    const rect = pane.current?.getBoundingClientRect()
    return { x: clientX - (rect?.left ?? 0), y: clientY - (rect?.top ?? 0) }
  }, [])

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, connection) => {
      const point = 'changedTouches' in event ? event.changedTouches[0] : event
      if (!point || !connection.fromNode) return
      // A drop on a node's body counts, not only on its handle.
      const dropped = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node')?.getAttribute('data-id')
      const target = connection.toNode?.id ?? dropped
      if (!target || target === connection.fromNode.id) return
      setPicker({ ...pointInPane(point.clientX, point.clientY), source: connection.fromNode.id, target })
    },
    [pointInPane],
  )
  const onEdgeClick = useCallback(
    (event: MouseEvent, edge: LinkFlowEdge) => {
      if (!edge.data) return
      setPicker({ ...pointInPane(event.clientX, event.clientY), linkId: edge.id, current: edge.data.record.kind })
    },
    [pointInPane],
  )
  const closePicker = useCallback(() => setPicker(null), [])
  const pickKind = useCallback(
    (kind: LinkKind) => {
      if (!picker) return
      if ('linkId' in picker) setLinkKind(room, picker.linkId, kind)
      else linkNodes(room, { source: picker.source, target: picker.target, kind })
      setPicker(null)
    },
    [room, picker],
  )
  const deletePickedLink = useCallback(() => {
    if (picker && 'linkId' in picker) deleteLinks(room, [picker.linkId])
    setPicker(null)
  }, [room, picker])

  const onNodeMouseEnter = useCallback((_event: unknown, node: ArgumentFlowNode) => focus.hover(node.id), [focus])
  const onNodeMouseLeave = useCallback(() => focus.hover(null), [focus])
  const onNodeClick = useCallback(
    (_event: unknown, node: ArgumentFlowNode) => {
      if (editing.get() !== node.id) focus.revealInReader(node.id)
    },
    [focus, editing],
  )
  const onNodeDoubleClick = useCallback((_event: unknown, node: ArgumentFlowNode) => !readOnly && editing.start(node.id), [editing, readOnly])

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (readOnly || event.key !== 'Enter' || editing.get() || isTextField(event.target)) return
      const selected = reactFlow.getNodes().filter((node) => node.selected)
      if (selected.length !== 1) return
      event.preventDefault()
      editing.start(selected[0]!.id)
    },
    [editing, reactFlow, readOnly],
  )

  const onAdd = useCallback(
    (kind: NodeKind) => {
      const rect = pane.current?.getBoundingClientRect()
      const center = rect ? reactFlow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : undefined
      const position = center ? { x: Math.round(center.x - 120 + jitter()), y: Math.round(center.y - 50 + jitter()) } : undefined
      const id = addNode(room, { kind, text: newNodeText[kind], ...(position ? { position } : {}) })
      if (id) editing.start(id)
    },
    [room, editing, reactFlow],
  )

  const markers = useMemo(() => <LinkMarkers />, [])

  return (
    <MapContext value={context}>
      <div className={readOnly ? 'map-view is-readonly' : 'map-view'} ref={pane} onKeyDown={onKeyDown} data-testid="map-view">
        {markers}
        <ReactFlow<ArgumentFlowNode, LinkFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onDelete={onDelete}
          onConnectEnd={onConnectEnd}
          onEdgeClick={readOnly ? undefined : onEdgeClick}
          onNodeClick={onNodeClick}
          onNodeDoubleClick={onNodeDoubleClick}
          onNodeMouseEnter={onNodeMouseEnter}
          onNodeMouseLeave={onNodeMouseLeave}
          connectionMode={ConnectionMode.Loose}
          deleteKeyCode={editingId || readOnly ? null : deleteKeys}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          zoomOnDoubleClick={false}
          fitView
          fitViewOptions={fitViewOptions}
          minZoom={0.2}
          maxZoom={2}
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
          <Controls showInteractive={false} />
          <FitViewOnce />
          <RevealOnMap room={room} focus={focus} />
          <MapPresence />
        </ReactFlow>
        {!readOnly && <MapToolbar onAdd={onAdd} />}
        {picker && (
          <LinkKindPicker
            x={picker.x}
            y={picker.y}
            {...('linkId' in picker ? { current: picker.current, onDelete: deletePickedLink } : {})}
            onPick={pickKind}
            onCancel={closePicker}
          />
        )}
      </div>
    </MapContext>
  )
}

function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'INPUT')
}

const jitter = () => Math.round((Math.random() - 0.5) * 40)
