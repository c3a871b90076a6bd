/** Entry point: the styles, then the app. */
import './zodSetup.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { registerServiceWorker } from './offline.ts';
import './styles/base.css';
import './styles/forms.css';
import './styles/staff.css';
import './styles/board.css';
import './styles/lobby.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

registerServiceWorker();
