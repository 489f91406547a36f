import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/base.css';
import './styles/frame.css';
import './styles/workspace.css';
import './styles/catalog.css';
import './styles/request.css';
import './styles/console.css';
import './styles/response.css';
import './styles/marketplaces.css';
import './styles/sessions.css';
import './styles/history.css';
import './styles/compare.css';
import './styles/linked.css';
import './styles/drop-import.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
