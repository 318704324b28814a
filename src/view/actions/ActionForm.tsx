/** The "Send Conversions API Event" action: its sections, the advanced options, and the payload preview. */
import { startTransition, useEffect, useState } from 'react';
import { ViewPage } from '../components/ViewPage';
import { AdvancedFields } from './AdvancedFields';
import { CustomDataFields } from './CustomDataFields';
import { PayloadPreview } from './PayloadPreview';
import { ServerEventFields } from './ServerEventFields';
import { TestEventFields } from './TestEventFields';
import { UserDataFields } from './UserDataFields';

const INTRO = "Sends this event to Meta's Conversions API when the rule runs.";

export function ActionForm() {
  // The first section is on screen as soon as init returns; the rest (below the fold, and the
  // preview, the costliest part) follows in the next frames without holding up that first paint.
  const [rest, setRest] = useState(false);
  useEffect(() => startTransition(() => setRest(true)), []);
  return (
    <ViewPage title="Send Conversions API Event" intro={INTRO}>
      <ServerEventFields />
      {rest ? (
        <>
          <UserDataFields />
          <CustomDataFields />
          <TestEventFields />
          <AdvancedFields />
          <PayloadPreview />
        </>
      ) : (
        <></>
      )}
    </ViewPage>
  );
}
