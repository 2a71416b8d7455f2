import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PassagePage } from './components/passage-link.tsx'
import { DiagnosticsPage } from './pages/diagnostics.tsx'
import { EntityPage } from './pages/entity.tsx'
import { ImportPage } from './pages/import.tsx'
import { LibraryPage } from './pages/library.tsx'
import { NetworkPage } from './pages/network.tsx'
import { ReaderPage } from './pages/reader.tsx'
import { SearchPage } from './pages/search.tsx'
import { SystemPage } from './pages/system.tsx'
import { TimelinePage } from './pages/timeline.tsx'
import { Link, useLocation } from './router.tsx'
import './styles.css'

const NAV = [
  ['/library', 'Library'],
  ['/search', 'Search'],
  ['/timeline', 'Timeline'],
  ['/network', 'Letters'],
  ['/system', 'System'],
  ['/diagnostics', 'Diagnostics'],
  ['/import', 'Import'],
] as const

function Page() {
  const { path, query } = useLocation()
  const [, section = '', rest = ''] = path.split('/')
  const id = decodeURIComponent(rest)
  switch (section) {
    case '':
    case 'library':
      return <LibraryPage />
    case 'doc':
      return <ReaderPage key={id} id={id} />
    case 'search':
      return <SearchPage />
    case 'entity':
      return <EntityPage key={id} id={id} />
    case 'system':
      return <SystemPage />
    case 'timeline':
      return <TimelinePage />
    case 'network':
      return <NetworkPage />
    case 'diagnostics':
      return <DiagnosticsPage />
    case 'import':
      return <ImportPage />
    case 'passage':
      return <PassagePage source={query.get('source') ?? ''} line={Number(query.get('line'))} />
    default:
      return <p role="alert">There is no page at {path}.</p>
  }
}

function App() {
  const { path } = useLocation()
  const current = `/${path.split('/')[1] ?? ''}`
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="site">
        <Link to="/library" className="brand">
          fond
        </Link>
        <nav aria-label="Pages">
          <ul>
            {NAV.map(([to, label]) => (
              <li key={to}>
                <Link
                  to={to}
                  className={current === to || (current === '/' && to === '/library') ? 'current' : undefined}
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page />
      </main>
    </>
  )
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
