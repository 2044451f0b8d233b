import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { App } from './App';
import { reloadOnStaleChunks } from './shell/stale-chunks';
import './styles.css';

dayjs.locale('vi');
reloadOnStaleChunks();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
