import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopClient } from './client';

// The page gets `window.parallax` and nothing else: never ipcRenderer itself.
contextBridge.exposeInMainWorld('parallax', createDesktopClient(ipcRenderer));
