/** Entry point: the styles, then the app. */
import './zodSetup.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetch } from './api.ts';
import { App } from './App.tsx';
import { prewarmBoard } from './docs/useConferenceDocs.ts';
import './styles/base.css';
import './styles/forms.css';
import './styles/staff.css';
import './styles/board.css';
import './styles/lobby.css';
import './styles/genogram.css';
import './styles/plan.css';
import './styles/plan-grid.css';
import './styles/tools.css';

// On a board's address, start fetching the board at once (see prewarmBoard).
const boardId = /^\/c\/([0-9A-Za-z-]{1,64})\/?$/.exec(window.location.pathname)?.[1];
if (boardId) {
  prefetch('membership', { id: boardId });
  prewarmBoard(boardId);
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
