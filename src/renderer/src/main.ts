import { mount } from 'svelte';
import App from './App.svelte';
import { getClient } from './lib/api';
import './styles/app.css';
import './styles/controls.css';

const target = document.getElementById('app');
if (!target) throw new Error('renderer: #app element missing from index.html');

mount(App, { target, props: { client: getClient() } });
