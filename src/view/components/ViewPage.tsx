/**
 * A view's page: the main landmark, its one h1 and a short intro, and Spectrum's Form around
 * the fields (field labels, "(required)" markers and inline problems follow its conventions);
 * after a failed save, the summary of the problems above them.
 */
import { Form } from '@react-spectrum/form';
import { Heading } from '@adobe/react-spectrum/Heading';
import { Text } from '@adobe/react-spectrum/Text';
import type { ComponentProps, FormEvent, ReactNode } from 'react';
import { ProblemSummary } from './ProblemSummary';

type FormChildren = ComponentProps<typeof Form>['children'];

export function ViewPage(props: { title: string; intro: ReactNode; children: FormChildren }) {
  // Enter in a text field must not submit (and reload) the view: the Data Collection UI saves it.
  const keep = (e: FormEvent) => e.preventDefault();
  return (
    <main className="view-page">
      <Heading level={1} UNSAFE_className="view-title">
        {props.title}
      </Heading>
      <Text UNSAFE_className="view-intro">{props.intro}</Text>
      <ProblemSummary />
      <Form validationBehavior="aria" onSubmit={keep} aria-label={props.title} UNSAFE_className="view-form">
        {props.children}
      </Form>
    </main>
  );
}
