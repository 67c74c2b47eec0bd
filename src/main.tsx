import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import { registerServiceWorker } from './data/register-sw';

const root = document.getElementById('root');
if (!root) throw new Error('Anomaly Lab: #root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void registerServiceWorker();
