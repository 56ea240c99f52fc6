// The canvas benchmark's peer: React Flow with the same nodes and edges as plain data (default
// node type, no Yjs, no app). `?n=500` loads flow-500.json written next to the built page.
// window.__benchRemote(true) starts a timer moving a random node at 30 Hz through setNodes.
import { createElement as h, useCallback, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { ReactFlow, applyEdgeChanges, applyNodeChanges } from '@xyflow/react'
import '@xyflow/react/dist/style.css'

const count = new URLSearchParams(location.search).get('n') ?? '500'
const data = await (await fetch(`./flow-${count}.json`)).json()

function App() {
  const [nodes, setNodes] = useState(data.nodes)
  const [edges, setEdges] = useState(data.edges)
  const onNodesChange = useCallback((changes) => setNodes((current) => applyNodeChanges(changes, current)), [])
  const onEdgesChange = useCallback((changes) => setEdges((current) => applyEdgeChanges(changes, current)), [])
  useEffect(() => {
    let timer
    window.__benchRemote = (on) => {
      clearInterval(timer)
      if (!on) return
      timer = setInterval(() => {
        const pick = Math.floor(Math.random() * data.nodes.length)
        setNodes((current) =>
          current.map((node, index) =>
            index === pick ? { ...node, position: { x: node.position.x + (Math.random() - 0.5) * 40, y: node.position.y + (Math.random() - 0.5) * 40 } } : node,
          ),
        )
      }, 1000 / 30)
    }
    return () => clearInterval(timer)
  }, [])
  return h(
    'div',
    { style: { width: '100%', height: '100%' } },
    h(ReactFlow, { nodes, edges, onNodesChange, onEdgesChange, fitView: true, minZoom: 0.2, maxZoom: 2 }),
  )
}

createRoot(document.getElementById('root')).render(h(App))
