import '@rocket.chat/fuselage/dist/fuselage.css';
import '@rocket.chat/icons/dist/rocketchat.css';
import './playground.css';
import { render } from 'react-dom';
import { App } from './App';
import { installPlaygroundRenderers } from './uikit/installRenderers';

installPlaygroundRenderers();
render(<App />, document.getElementById('root'));
