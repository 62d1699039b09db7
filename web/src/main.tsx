import '@mantine/core/styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { MOUNT_BASE } from './api/mountBase.js';
import { createQueryClient } from './api/queryClient.js';
import { App } from './App.js';
import { AuthProvider } from './auth/AuthProvider.js';
import { ThemeSettingsProvider } from './theme-settings/ThemeSettingsProvider.js';
import { ThemeSync } from './theme-settings/ThemeSync.js';
import { Toasts } from './ui/Toasts.js';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element in index.html');

createRoot(root).render(
  <StrictMode>
    <ThemeSettingsProvider>
      <QueryClientProvider client={createQueryClient()}>
        <BrowserRouter basename={MOUNT_BASE || undefined}>
          <AuthProvider>
            <ThemeSync />
            <App />
          </AuthProvider>
        </BrowserRouter>
        <Toasts />
      </QueryClientProvider>
    </ThemeSettingsProvider>
  </StrictMode>,
);
