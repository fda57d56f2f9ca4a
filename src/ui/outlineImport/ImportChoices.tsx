import type { ImportOptions, ImportReport } from '@/model/outline/importOutline';
import type { StepLevel } from '@/model/outline/stepMarkers';
import { documentLanguages } from '@/model/languageCommands';
import { getStepLevelName } from '@/i18n/stepLevelName';
import { useT } from '../shell/i18nContext';
import { CheckField } from '../fields/CheckField';
import { SelectField } from '../fields/SelectField';

const describingLines = ['subtitle', 'service'] as const;

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
    <SelectField
      className="inline"
      label={t('outlineImport.stepLevel')}
      value={report?.stepLevel ?? options.stepLevel ?? levels[0]?.level}
      options={levels.map(({ level: value }) => value)}
      optionLabel={(value) => getStepLevelName(t, value, levels.find((l) => l.level === value)?.count ?? 0)}
      onChange={(stepLevel) => onChange({ stepLevel })}
    />
  );
  if (!report) return <div className="outline-import-choices">{level}</div>;
  return (
    <div className="outline-import-choices">
      <CheckField
        className="inline"
        label={t('outlineImport.reverse')}
        checked={!!options.reverse}
        onChange={(reverse) => onChange({ reverse })}
      />
      {level}
      <SelectField
        className="inline"
        label={t('outlineImport.describing')}
        value={options.describingLine ?? 'subtitle'}
        options={describingLines}
        optionLabel={(line) => t(`outlineImport.describing.${line}`)}
        onChange={(describingLine) => onChange({ describingLine })}
      />
      <SelectField
        className="inline"
        label={t('outlineImport.language')}
        value={report.language}
        options={documentLanguages}
        optionLabel={(code) => t(`language.${code}`)}
        onChange={(language) => onChange({ language })}
      />
    </div>
  );
}
