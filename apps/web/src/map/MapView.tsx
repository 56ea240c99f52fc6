import { type KeyboardEvent, useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import {
  ConnectionMode,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  type OnDelete,
  ReactFlow,
  ReactFlowProvider,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
} from '@xyflow/react'
import { type ArgumentNode, type NodeKind, addNode, canWrite, deleteLinks, deleteNodes, linkAsArgument } from '@warrant/model'
import type { FocusStore } from '../focus/FocusStore'
import type { RoomSession } from '../session/RoomSession'
import { ArgumentNodeView } from './ArgumentNodeView'
import { EditingStore } from './EditingStore'
import { FitViewOnce } from './FitViewOnce'
import { keepMeasured } from './keepMeasured'
import { RevealOnMap } from './RevealOnMap'
import { renderVisibleOnlyAbove } from './renderVisibleOnlyAbove'
import { MapPresence } from '../presence/MapPresence'
import { fitViewOptions } from './fitViewOptions'
import type { MapFlowEdge, MapFlowNode } from './flowTypes'
import { ConclusionEdgeView } from './junction/ConclusionEdgeView'
import { JunctionNodeView } from './junction/JunctionNodeView'
import { EvaluationStore } from './evaluate/EvaluationStore'
import { CollapseStore } from './find/CollapseStore'
import { FindStore } from './find/FindStore'
import { MapSearch } from './find/MapSearch'
import { MapLegend } from './MapLegend'
import { MapTools } from './MapTools'
import { MapKeyboard } from '../keyboard/MapKeyboard'
import { useTidy } from './useTidy'
import { useLinkPicker } from './useLinkPicker'
import { useViewCommands } from './useViewCommands'
import { useViewMotion } from './useViewMotion'
import { useFlowElements } from './useFlowElements'
import { LinkEdgeView } from './LinkEdgeView'
import { LinkKindPicker } from './LinkKindPicker'
import { LinkMarkers } from './LinkMarkers'
import { MapContext, type MapContextValue } from './MapContext'
import { ExportOnlyToolbar, MapToolbar } from './MapToolbar'
import { MoveWriter } from './MoveWriter'
import { OrphanStore } from './OrphanStore'
import './map.css'

export interface MapViewProps {
  session: RoomSession
  focus: FocusStore
  /** The room's Evaluate switch and labels, shared with the outline; the map makes its own when not given. */
  evaluation?: EvaluationStore
}

const nodeTypes = { argument: ArgumentNodeView, junction: JunctionNodeView }
const edgeTypes = { link: LinkEdgeView, conclusion: ConclusionEdgeView }
const multiSelectionKeys = ['Shift', 'Meta', 'Control']
const deleteKeys = ['Delete', 'Backspace']
const noStatements: readonly ArgumentNode[] = []
const newNodeText: Record<NodeKind, string> = { claim: 'New claim', evidence: 'New evidence', counterclaim: 'New counterclaim' }

/** The argument map: React Flow fed from the room's map snapshot. */
export function MapView(props: MapViewProps) {
  return (
    <ReactFlowProvider>
      <MapCanvas {...props} />
    </ReactFlowProvider>
  )
}

function MapCanvas({ session, focus, evaluation: sharedEvaluation }: MapViewProps) {
  const { room } = session
  // Viewers see the map live and change nothing (the server drops their writes anyway).
  const readOnly = !canWrite(session.role, 'map')
  const [context] = useState<MapContextValue>(() => {
    const evaluation = sharedEvaluation ?? new EvaluationStore(room)
    return { room, focus, editing: new EditingStore(), orphans: new OrphanStore(room), evaluation, find: new FindStore(room, evaluation), collapse: new CollapseStore(room) }
  })
  const { editing, find, collapse } = context
  const [moves] = useState(() => new MoveWriter(room))
  const reactFlow = useReactFlow()
  const pane = useRef<HTMLDivElement>(null)

  // Model → view: one subscription; unchanged records keep their flow objects.
  const { snapshot, nodes, setNodes, setEdges, given } = useFlowElements(room, collapse)
  const editingId = useSyncExternalStore(editing.subscribe, editing.get)
  // Statements in the order they were selected: the last one is the conclusion of "Link as argument".
  const [selectionOrder, setSelectionOrder] = useState<readonly string[]>([])
  const [legend, setLegend] = useState(false)
  // On request only: the minimap redraws on every pan and zoom, which costs frames on big maps.
  const [minimap, setMinimap] = useState(false)
  const toggleMinimap = useCallback(() => setMinimap((shown) => !shown), [])
  const findOpen = useSyncExternalStore(find.subscribe, () => find.getState().open)
  const { tidy, tidying } = useTidy(room, setNodes)

  // View → model. Removals go through onDelete, so the model decides what disappears.
  const onNodesChange = useCallback(
    (changes: NodeChange<MapFlowNode>[]) => {
      const local = changes.filter((change) => change.type !== 'remove' && !keepMeasured(reactFlow.getInternalNode, change))
      if (local.length > 0) setNodes((previous) => applyNodeChanges(local, previous))
      for (const change of changes) if (change.type === 'position' && change.dragging && change.position) moves.queue(change.id, change.position)
      const selects = changes.filter((change) => change.type === 'select')
      if (selects.length > 0) {
        setSelectionOrder((previous) => {
          let order = [...previous]
          for (const change of selects) {
            order = order.filter((id) => id !== change.id)
            if (change.selected) order.push(change.id)
          }
          return order
        })
      }
    },
    [moves, setNodes, reactFlow],
  )
  const onEdgesChange = useCallback((changes: EdgeChange<MapFlowEdge>[]) => {
    const local = changes.filter((change) => change.type !== 'remove')
    if (local.length > 0) setEdges((previous) => applyEdgeChanges(local, previous))
  }, [setEdges])
  // A drag writes once per frame and once on drop: one undo step for all of it.
  const onNodeDragStart = useCallback(() => session.mapUndo.beginGroup(), [session])
  const onNodeDragStop = useCallback(
    (_event: unknown, _node: MapFlowNode, dragged: MapFlowNode[]) => {
      moves.finish(dragged.map(({ id, position }) => ({ id, position })))
      session.mapUndo.endGroup()
    },
    [moves, session],
  )
  const onDelete: OnDelete<MapFlowNode, MapFlowEdge> = useCallback(
    ({ nodes: deletedNodes, edges: deletedEdges }) => {
      moves.discard()
      session.mapUndo.group(() => {
        deleteNodes(room, deletedNodes.map((node) => node.id))
        deleteLinks(room, deletedEdges.filter((edge) => edge.type === 'link').map((edge) => edge.id))
      })
    },
    [room, moves, session],
  )

  const { picker, onConnectEnd, onEdgeClick, closePicker, pickKind, deletePickedLink } = useLinkPicker(room, pane)

  const { onNodeMouseEnter, onNodeMouseLeave, onMoveStart, onMoveEnd } = useViewMotion(pane, focus)
  const onNodeClick = useCallback(
    (_event: unknown, node: MapFlowNode) => {
      if (node.type === 'argument' && editing.get() !== node.id) focus.revealInReader(node.id)
    },
    [focus, editing],
  )
  const onNodeDoubleClick = useCallback((_event: unknown, node: MapFlowNode) => !readOnly && editing.start(node.id), [editing, readOnly])

  const openFind = useCallback(() => find.set({ open: true }), [find])
  const closeFind = useCallback(() => {
    find.close()
    pane.current?.focus()
  }, [find])
  const { showNode, zoomToFit, zoomToSelection } = useViewCommands()
  // The same empty list while nothing is selected, so the memoised tools skip each snapshot's render.
  const selectedStatements = useMemo(
    () => (selectionOrder.length === 0 ? noStatements : selectionOrder.map((id) => snapshot.nodes.get(id)).filter((node): node is ArgumentNode => node !== undefined)),
    [selectionOrder, snapshot],
  )
  const onLinkAsArgument = useCallback(() => {
    if (selectedStatements.length < 2) return
    const conclusion = selectedStatements[selectedStatements.length - 1]!
    linkAsArgument(room, { premises: selectedStatements.slice(0, -1).map((node) => node.id), conclusion: conclusion.id })
  }, [room, selectedStatements])
  const onTidy = useCallback((selectionOnly: boolean, afresh: boolean) => void tidy(selectionOnly, afresh), [tidy])
  const toggleLegend = useCallback(() => setLegend((shown) => !shown), [])

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        openFind()
        return
      }
      // By code: Alt+Shift+T types another letter on some layouts.
      if (!readOnly && event.code === 'KeyT' && event.shiftKey && !event.ctrlKey && !event.metaKey && !editing.get() && !isTextField(event.target)) {
        event.preventDefault()
        void tidy(false, event.altKey)
        return
      }
      if (readOnly || event.key !== 'Enter' || editing.get() || isTextField(event.target)) return
      const selected = reactFlow.getNodes().filter((node) => node.selected)
      if (selected.length !== 1) return
      event.preventDefault()
      editing.start(selected[0]!.id)
    },
    [editing, reactFlow, readOnly, openFind, tidy],
  )

  const onAdd = useCallback(
    (kind: NodeKind) => {
      // In the free place nearest the middle of the view (placeNewNode), so it never covers another.
      const near = focus.mapRegionInView()
      const id = addNode(room, { kind, text: newNodeText[kind], ...(near ? { near } : {}) })
      if (id) editing.start(id)
    },
    [room, editing, focus],
  )

  const markers = useMemo(() => <LinkMarkers />, [])

  return (
    <MapContext value={context}>
      <div className={readOnly ? 'map-view is-readonly' : 'map-view'} ref={pane} onKeyDown={onKeyDown} tabIndex={-1} data-testid="map-view">
        {markers}
        <ReactFlow<MapFlowNode, MapFlowEdge>
          nodes={given.nodes}
          edges={given.edges}
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
          onMoveStart={onMoveStart}
          onMoveEnd={onMoveEnd}
          connectionMode={ConnectionMode.Loose}
          deleteKeyCode={editingId || readOnly ? null : deleteKeys}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          zoomOnDoubleClick={false}
          multiSelectionKeyCode={multiSelectionKeys}
          onlyRenderVisibleElements={nodes.length > renderVisibleOnlyAbove}
          fitView
          fitViewOptions={fitViewOptions}
          minZoom={0.2}
          maxZoom={2}
        >
          <Controls showInteractive={false} fitViewOptions={fitViewOptions} />
          <FitViewOnce />
          <RevealOnMap room={room} focus={focus} />
          <MapPresence />
          <MapKeyboard session={session} />
          {minimap && <MiniMap pannable zoomable ariaLabel="Minimap" />}
        </ReactFlow>
        {readOnly ? <ExportOnlyToolbar /> : <MapToolbar onAdd={onAdd} />}
        <MapTools
          readOnly={readOnly}
          argumentPick={selectedStatements}
          single={selectedStatements.length === 1 && selectionOrder.length === 1 ? selectedStatements[0]! : null}
          hasSelection={selectionOrder.length > 0}
          tidying={tidying}
          legend={legend}
          minimap={minimap}
          onToggleMinimap={toggleMinimap}
          onLinkAsArgument={onLinkAsArgument}
          onTidy={onTidy}
          onToggleLegend={toggleLegend}
          onFind={openFind}
          onZoomToFit={zoomToFit}
          onZoomToSelection={zoomToSelection}
        />
        {legend && <MapLegend />}
        {findOpen && <MapSearch onShow={showNode} onClose={closeFind} />}
        {picker && (
          <LinkKindPicker
            x={picker.x}
            y={picker.y}
            kinds={picker.kinds}
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

