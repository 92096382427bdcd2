/**
 * Step 6: one template per unit of the register, downloaded as one .zip. Inside Excel the
 * same .zip is offered rather than thirty sheets added to the open workbook: the officer sends each
 * unit its own file, and thirty extra sheets would bloat the master and be renamed by hand anyway.
 */
import { dictionaries, type Language } from '../../i18n';
import { makeTemplates } from '../../app/templates';
import type { Workspace } from '../environment';
import { ZipDownloadStep } from './ZipDownloadStep';

export function TemplatesStep(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date }) {
  return (
    <ZipDownloadStep
      id="step-templates"
      {...props}
      texts={dictionaries[props.language].templates.pane}
      make={async (now) => {
        const made = await makeTemplates(props.workspace.port);
        return {
          count: made.templates.length,
          figures: { scorers: made.templates.filter((x) => x.kind === 'scorer').length },
          zip: async () => {
            // ExcelJS and JSZip are loaded only when templates are made.
            const { templatesZip } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx/templates-zip');
            return templatesZip(made.templates, { now });
          },
        };
      }}
    />
  );
}
