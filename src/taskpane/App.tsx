/**
 * The pane: a header with the language switch, then the steps on the workbook in use.
 * Inside Excel that is the open workbook; standalone, a .xlsx file opened from disk.
 */
import { Button, Caption1, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../i18n';
import { showCell } from '../app/usecases';
import { CheckStep } from './components/CheckStep';
import { ClearStep } from './components/ClearStep';
import { FileBar } from './components/FileBar';
import { PlanStep } from './components/PlanStep';
import { PlanFromTableStep } from './components/PlanFromTableStep';
import { ScoreStep } from './components/ScoreStep';
import { Note } from './components/StepSection';
import { WriteStep } from './components/WriteStep';
import { TemplatesStep } from './components/TemplatesStep';
import { ImportStep } from './components/ImportStep';
import { FeedbackStep } from './components/FeedbackStep';
import { BallotsStep } from './components/BallotsStep';
import { openXlsxFile, type Environment, type Workspace } from './environment';
import { useStyles } from './styles';
import { useTask } from './useTask';
import { uiText } from './view';

function Steps(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date; readonly canSelect: boolean }) {
  const select = useTask(props.language);
  const onSelect = (sheet: string, address: string) => void select.run(async () => void (await showCell(props.workspace.port, { sheet, address })));
  const common = { workspace: props.workspace, language: props.language };
  return (
    <>
      {select.error && <Note intent="error">{select.error}</Note>}
      {/* In the order the work happens: plan, forms out, results in, check, score, write; then clear. */}
      <PlanStep {...common} clock={props.clock} canSelect={props.canSelect} onSelect={onSelect} />
      <PlanFromTableStep {...common} clock={props.clock} canSelect={props.canSelect} onSelect={onSelect} />
      <TemplatesStep {...common} clock={props.clock} />
      <ImportStep {...common} clock={props.clock} />
      <CheckStep {...common} clock={props.clock} canSelect={props.canSelect} onSelect={onSelect} />
      <ScoreStep {...common} clock={props.clock} />
      <WriteStep {...common} clock={props.clock} />
      <FeedbackStep {...common} clock={props.clock} />
      <BallotsStep {...common} clock={props.clock} />
      <ClearStep {...common} />
    </>
  );
}

export function App(props: { readonly environment: Environment; readonly clock: () => Date }) {
  const s = useStyles();
  const [language, setLanguage] = useState<Language>('vi');
  const [opened, setOpened] = useState<Workspace>();
  const opening = useTask(language);
  const [openError, setOpenError] = useState<string>();
  const t = uiText(language);
  const env = props.environment;
  const workspace = env.kind === 'excel' ? env.workspace : opened;

  const open = (file: File) =>
    opening.run(async () => {
      setOpenError(undefined);
      try {
        setOpened(await openXlsxFile(file, (opened?.id ?? 0) + 1));
      } catch (e) {
        console.error(e);
        setOpenError(t.file.notXlsx({ name: file.name }));
      }
    });

  return (
    <FluentProvider theme={webLightTheme} lang={language === 'vi' ? 'vi-VN' : 'en'}>
      <main className={s.page}>
        <header className={s.header}>
          <div className={s.headerText}>
            <h1 className={s.title}>{t.title}</h1>
            <Caption1>{t.subtitle}</Caption1>
          </div>
          <Button size="small" appearance="subtle" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')} title={t.language.switchHint} lang={language === 'vi' ? 'en' : 'vi'}>
            {t.language.switchTo}
          </Button>
        </header>
        {env.kind === 'excel' && <Caption1>{t.host.excel}</Caption1>}
        {env.kind === 'excel' && env.reduced !== '' && <Note intent="warning">{env.reduced}</Note>}
        {env.kind === 'unsupported' && <Note intent="error">{t.host.missingSets({ sets: env.missing.join(', ') })}</Note>}
        {env.kind === 'standalone' && (
          <>
            <Note intent="info">{t.host.standalone}</Note>
            <FileBar t={t} fileName={opened?.name} busy={opening.busy} onFile={(f) => void open(f)} />
            {openError && <Note intent="error">{openError}</Note>}
          </>
        )}
        {workspace && <Steps key={workspace.id} workspace={workspace} language={language} clock={props.clock} canSelect={env.kind === 'excel'} />}
      </main>
    </FluentProvider>
  );
}
