import '@mantine/core/styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { MOUNT_BASE } from './api/mountBase.js';
import { createQueryClient } from './api/queryClient.js';
import { App } from './App.js';
import { AuthProvider } from './auth/AuthProvider.js';
import { ThemeSettingsProvider } from './theme-settings/ThemeSettingsProvider.js';
import { ThemeSync } from './theme-settings/ThemeSync.js';
import { Toasts } from './ui/Toasts.js';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element in index.html');

// A data router, so that an unsaved dashboard can hold back every kind of navigation (links, Back and Forward);
// the app's own <Routes> sit under its one catch-all route.
const router = createBrowserRouter(
  [
    {
      path: '*',
      element: (
        <AuthProvider>
          <ThemeSync />
          <App />
        </AuthProvider>
      ),
    },
  ],
  { basename: MOUNT_BASE || undefined },
);

createRoot(root).render(
  <StrictMode>
    <ThemeSettingsProvider>
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
        <Toasts />
      </QueryClientProvider>
    </ThemeSettingsProvider>
  </StrictMode>,
);
