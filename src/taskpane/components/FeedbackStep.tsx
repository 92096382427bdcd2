/**
 * Step 8: a results notice for each unit, holding only its own results, downloaded as one .zip (the
 * officer sends each unit its file). The workbook is scored afresh; nothing is written to it.
 */
import { dictionaries, type Language } from '../../i18n';
import { makeFeedback } from '../../app/feedback';
import type { Workspace } from '../environment';
import { ZipDownloadStep } from './ZipDownloadStep';

export function FeedbackStep(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date }) {
  return (
    <ZipDownloadStep
      id="step-feedback"
      {...props}
      texts={dictionaries[props.language].feedback.pane}
      make={async (now) => {
        const made = await makeFeedback(props.workspace.port, { now });
        return {
          count: made.packets.length,
          zip: async () => {
            // ExcelJS and JSZip are loaded only when packets are made.
            const { feedbackZip, packetCreator } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx/feedback-zip');
            return feedbackZip(made.packets, { now, creator: packetCreator(made.result.plan?.info.issuer) });
          },
        };
      }}
    />
  );
}
