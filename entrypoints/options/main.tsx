import { render } from 'preact';
import { createOptionsApi } from '@/components/options-api';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/theme.css';
import './options.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp api={createOptionsApi()} />, root);
