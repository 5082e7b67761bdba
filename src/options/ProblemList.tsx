import type { PackProblem } from '../context/parse-pack';
import type { Translate } from '../i18n/catalog';
import type { OptionsMessageKey } from '../i18n/options-messages';

/** Problems with an imported file, each saying where (`claims[3].text.en`) and what is wrong. */
export function ProblemList({ problems, t }: { problems: PackProblem[]; t: Translate<OptionsMessageKey> }) {
  return (
    <ul class="problems">
      {problems.map((problem, index) => {
        const message = t(`problem.${problem.code}` as OptionsMessageKey, problem.params);
        return <li key={index}>{problem.path ? t('problemAt', { path: problem.path, message }) : message}</li>;
      })}
    </ul>
  );
}
