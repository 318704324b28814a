/** Entry of configuration/configuration.html. */
import { mountView } from '../mountView';
import { ConfigurationForm } from './ConfigurationForm';
import { connectionSection } from './connectionSection';

mountView([connectionSection], ConfigurationForm);
