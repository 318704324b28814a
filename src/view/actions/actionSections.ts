/** The "Send Conversions API Event" view's sections, in settings order. */
import type { Section } from '../form/section';
import { customDataSection } from './sections/customDataSection';
import { limitedDataUseSection } from './sections/limitedDataUseSection';
import { overrideSection } from './sections/overrideSection';
import { serverEventSection } from './sections/serverEventSection';
import { testEventSection } from './sections/testEventSection';
import { userDataSection } from './sections/userDataSection';

export const ACTION_SECTIONS: readonly Section[] = [
  overrideSection,
  serverEventSection,
  limitedDataUseSection,
  userDataSection,
  customDataSection,
  testEventSection,
];
