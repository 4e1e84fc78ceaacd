// Page entry: one engine worker, the app state over it, and the app mounted into the page.
import { mount } from 'svelte';
import './ui/app.css';
import App from './ui/App.svelte';
import { AppState } from './ui/app-state.svelte';
import { EngineClient } from './worker/client';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, { target, props: { app: new AppState(new EngineClient()) } });
