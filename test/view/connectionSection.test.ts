import { describe, expect, it } from 'vitest';
import { GRAPH_API_VERSION } from '../../src/core/constants';
import { connectionSection } from '../../src/view/configuration/connectionSection';
import { configurationForm } from '../support/viewForm';
import { schemaErrors } from '../support/viewSchemas';

describe('configuration: connection section', () => {
  it('starts empty, saves nothing, and asks for the pixel ID and access token', () => {
    const form = configurationForm(null);
    expect(Object.values(connectionSection.getInitValues(null)).every((v) => v.text === '')).toBe(true);
    expect(form.settings()).toEqual({});
    const problems = form.problems();
    expect(Object.keys(problems).sort()).toEqual(['accessToken', 'pixelId']);
    expect(problems.pixelId).toMatch(/^It is empty\. .*pixel ID/);
    expect(problems.accessToken).toMatch(/^It is empty\. .*access token/);
  });

  it('checks literal values with the core parsers and leaves data elements to run time', () => {
    const form = configurationForm(null)
      .type('pixelId', '12ab')
      .type('accessToken', 'EAAB-literal')
      .type('graphApiVersion', '27')
      .type('graphApiBaseUrl', 'http://example.com');
    const problems = form.problems();
    expect(problems.pixelId).toMatch(/digits only/);
    expect(problems.graphApiVersion).toMatch(/v27\.0/);
    expect(problems.graphApiBaseUrl).toMatch(/https/);
    expect(problems.accessToken).toBeUndefined();

    form
      .type('pixelId', '{{metaPixel}}')
      .type('graphApiVersion', `{{graphVersion}}`)
      .type('graphApiBaseUrl', 'http://127.0.0.1:8080');
    expect(form.problems()).toEqual({});
  });

  it('saves trimmed values and leaves blank optional settings out', () => {
    const form = configurationForm(null)
      .type('pixelId', ' 1234567890 ')
      .type('accessToken', '{{metaToken}}')
      .type('graphApiVersion', GRAPH_API_VERSION)
      .type('appSecret', '  ');
    expect(form.problems()).toEqual({});
    expect(form.settings()).toEqual({
      pixelId: '1234567890',
      accessToken: '{{metaToken}}',
      graphApiVersion: GRAPH_API_VERSION,
    });
    expect(schemaErrors('configuration', form.settings())).toEqual([]);
  });

  it('gives stored settings back unchanged, unknown keys aside', () => {
    const stored = {
      pixelId: '{{pixel}}',
      accessToken: '{{token}}',
      graphApiVersion: 'v26.0',
      appSecret: '{{secret}}',
      graphApiBaseUrl: 'https://proxy.example.com/graph',
    };
    expect(configurationForm(stored).settings()).toEqual(stored);
    expect(configurationForm({ ...stored, legacy: 1 }).settings()).toEqual(stored);
  });
});
