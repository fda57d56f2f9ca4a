import type { ImportOptions, ImportReport } from '@/model/outline/importOutline';
import type { StepLevel } from '@/model/outline/stepMarkers';
import type { Language } from '@/model/types';
import { getStepLevelName } from '@/i18n/stepLevelName';
import { useT } from '../shell/i18nContext';

/** Without a report (the steps found were too many), only the step level is offered: another level may find fewer. */
type Props = {
  report?: ImportReport;
  levels: { level: StepLevel; count: number }[];
  options: ImportOptions;
  onChange: (changes: ImportOptions) => void;
};

/** The choices a person needs when the importer guessed wrong: order, step level, what a describing line is, language. */
export function ImportChoices({ report, levels, options, onChange }: Props) {
  const t = useT();
  const level = (
    <label className="inline">
      {t('outlineImport.stepLevel')}
      <select
        value={report?.stepLevel ?? options.stepLevel ?? levels[0]?.level}
        onChange={(e) => onChange({ stepLevel: e.target.value as StepLevel })}
      >
        {levels.map(({ level: value, count }) => (
          <option key={value} value={value}>
            {getStepLevelName(t, value, count)}
          </option>
        ))}
      </select>
    </label>
  );
  if (!report) return <div className="outline-import-choices">{level}</div>;
  return (
    <div className="outline-import-choices">
      <label className="inline">
        <input type="checkbox" checked={!!options.reverse} onChange={(e) => onChange({ reverse: e.target.checked })} />
        {t('outlineImport.reverse')}
      </label>
      {level}
      <label className="inline">
        {t('outlineImport.describing')}
        <select
          value={options.describingLine ?? 'subtitle'}
          onChange={(e) => onChange({ describingLine: e.target.value as 'subtitle' | 'service' })}
        >
          <option value="subtitle">{t('outlineImport.describing.subtitle')}</option>
          <option value="service">{t('outlineImport.describing.service')}</option>
        </select>
      </label>
      <label className="inline">
        {t('outlineImport.language')}
        <select value={report.language} onChange={(e) => onChange({ language: e.target.value as Language })}>
          <option value="nb">{t('language.nb')}</option>
          <option value="nn">{t('language.nn')}</option>
        </select>
      </label>
    </div>
  );
}
