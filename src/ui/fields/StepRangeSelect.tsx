import { useT } from '../shell/i18nContext';
import { StepSelect } from './StepSelect';

type Range = { firstStep: string; lastStep: string };
type Props = Range & { onChange: (range: Range) => void };

/** The steps a column or bar spans: first step – last step. */
export function StepRangeSelect({ firstStep, lastStep, onChange }: Props) {
  const t = useT();
  return (
    <span className="range">
      <StepSelect
        label={t('track.firstStep')}
        value={firstStep}
        onChange={(id) => onChange({ firstStep: id, lastStep })}
      />
      –
      <StepSelect
        label={t('track.lastStep')}
        value={lastStep}
        onChange={(id) => onChange({ firstStep, lastStep: id })}
      />
    </span>
  );
}
