/** Entry of actions/sendConversionsApiEvent.html. */
import { mountView } from '../mountView';
import { ActionForm } from './ActionForm';
import { ACTION_SECTIONS } from './actionSections';

mountView(ACTION_SECTIONS, ActionForm);
