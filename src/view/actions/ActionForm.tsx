/** The "Send Conversions API Event" action: four sections, the override, and the payload preview. */
import { Flex } from '@adobe/react-spectrum/Flex';
import { startTransition, useEffect, useState } from 'react';
import { PayloadPreview } from './PayloadPreview';
import { CustomDataFields } from './CustomDataFields';
import { OverrideFields } from './OverrideFields';
import { ServerEventFields } from './ServerEventFields';
import { TestEventFields } from './TestEventFields';
import { UserDataFields } from './UserDataFields';

export function ActionForm() {
  // The first section is on screen as soon as init returns; the rest (below the fold, and the
  // preview, the costliest part) follows in the next frames without holding up that first paint.
  const [rest, setRest] = useState(false);
  useEffect(() => startTransition(() => setRest(true)), []);
  return (
    <Flex direction="column" gap="size-400" margin="size-200">
      <ServerEventFields />
      {rest && (
        <>
          <UserDataFields />
          <CustomDataFields />
          <TestEventFields />
          <OverrideFields />
          <PayloadPreview />
        </>
      )}
    </Flex>
  );
}
