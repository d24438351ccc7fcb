import { ACTION_LABELS } from '../../../../shared/decisions'
import { EVIDENCE_LEVELS, type Evidence, type ScoringModel } from '../../../../shared/model/strategy'
import { formatNumber } from '../../format'
import { useAppStore } from '../../store'
import { InlineInput } from './InlineInput'
import { parseMoney, parsePoints, parseShare, percentPoints, refusalText, type Parse } from './ruleCommit'
import { parameterValue, withParameter, type RuleParameter, type RuleValue } from './scoringEdits'

const PARAMETER_LABELS: Record<RuleParameter, string> = {
  'thresholds.scaleEconomics': 'Scale-economics threshold',
  'thresholds.strategic': 'Strategic-importance threshold',
  'rules.doubleDown.minEvidence': 'Evidence needed to double down',
  'rules.doubleDown.minQuality': 'Quality needed to double down',
  'rules.pullBack.costOverValueGrowthMargin': 'Cost-over-value growth margin',
  'rules.pullBack.minQuality': 'Quality floor',
  'rules.pullBack.commoditisedUnlessStrategic': 'Pull back commoditised use cases',
  'rules.economicGate.minNpv': 'NPV needed to invest',
  'rules.economicGate.strategicCase': 'A strategic case passes the gate',
  'rules.economicGate.harvest': 'Harvest needs the gate too',
}

/**
 * The thresholds and recommendation rules written out as sentences with their parameters inline.
 * Each change saves the whole scoring model as one undo step named after the parameter.
 */
export function RulesEditor({ model, currency }: { model: ScoringModel; currency: string }) {
  const updateScoring = useAppStore((s) => s.updateScoring)
  const setNotice = useAppStore((s) => s.setNotice)

  const save = async (parameter: RuleParameter, value: RuleValue): Promise<string | null> => {
    const error = await updateScoring(
      withParameter(model, parameter, value),
      `Change ${PARAMETER_LABELS[parameter].toLowerCase()}`,
    )
    return error ? refusalText(error) : null
  }
  /** Controls without a text field of their own say a refusal in the app's notice. */
  const saveOrTell = (parameter: RuleParameter, value: RuleValue) =>
    void save(parameter, value).then((m) => {
      if (m) setNotice(`${PARAMETER_LABELS[parameter]}: ${m}`)
    })
  const number = (
    parameter: RuleParameter,
    parse: Parse,
    asText: (n: number) => string,
    suffix?: string,
    size?: number,
  ) => (
    <InlineInput
      value={asText(parameterValue(model, parameter) as number)}
      label={PARAMETER_LABELS[parameter]}
      testId={parameter}
      suffix={suffix}
      size={size}
      onCommit={async (text) => {
        const r = parse(text)
        return r.ok ? save(parameter, r.value) : r.rule
      }}
    />
  )
  const points = (p: RuleParameter) => number(p, parsePoints, String)
  const percent = (p: RuleParameter) => number(p, parseShare, percentPoints, '%')
  const minEvidence = model.rules.doubleDown.minEvidence
  const check = (parameter: RuleParameter, label: string) => (
    <label className="matrix-rules__check">
      <input
        type="checkbox"
        checked={parameterValue(model, parameter) as boolean}
        data-testid={parameter}
        onChange={(e) => saveOrTell(parameter, e.currentTarget.checked)}
      />
      {label}
    </label>
  )

  return (
    <section className="panel matrix-rules" aria-label="Rules">
      <h2 className="panel__title">Rules</h2>
      <h3 className="matrix-rules__heading">Quadrants</h3>
      <p>
        Economics improve with scale at a score of {points('thresholds.scaleEconomics')} or more (−100 to 100); an
        initiative is strategic at an importance of {points('thresholds.strategic')} or more (0 to 100).
      </p>
      <h3 className="matrix-rules__heading">{ACTION_LABELS.pull_back} when</h3>
      <ol className="matrix-rules__list">
        <li>
          costs grow more than {number('rules.pullBack.costOverValueGrowthMargin', parseShare, percentPoints)} points a
          year faster than value, or
        </li>
        <li>fewer than {percent('rules.pullBack.minQuality')} of outputs pass the quality bar, or</li>
        <li>
          {check(
            'rules.pullBack.commoditisedUnlessStrategic',
            'the capability is commoditised and the initiative is not strategic',
          )}
        </li>
      </ol>
      <p className="matrix-rules__note">
        A strategic initiative that trips one of these is told to {ACTION_LABELS.fix.toLowerCase()} instead.
      </p>
      <h3 className="matrix-rules__heading">Economic gate</h3>
      <p data-testid="economic-gate">
        Putting more money in (<em>{ACTION_LABELS.double_down}</em>, <em>{ACTION_LABELS.prove_value}</em>) needs an NPV
        over the horizon above{' '}
        {number('rules.economicGate.minNpv', parseMoney, (n) => formatNumber(n, 2), currency, 10)}; failing it:{' '}
        <em>{ACTION_LABELS.fix}</em>.
      </p>
      <ul className="matrix-rules__checks">
        <li>
          {check(
            'rules.economicGate.strategicCase',
            'A strategic narrative with a review date not yet passed passes it too.',
          )}
        </li>
        <li>
          {check(
            'rules.economicGate.harvest',
            `${ACTION_LABELS.harvest} needs it too; failing it: ${ACTION_LABELS.pull_back}.`,
          )}
        </li>
      </ul>
      <h3 className="matrix-rules__heading">{ACTION_LABELS.double_down} when</h3>
      <p>
        economics improve with scale, it is strategic, it passes the economic gate, user value evidence is at least{' '}
        <select
          className="inline-select"
          aria-label={PARAMETER_LABELS['rules.doubleDown.minEvidence']}
          data-testid="rules.doubleDown.minEvidence"
          value={minEvidence}
          onChange={(e) => saveOrTell('rules.doubleDown.minEvidence', e.currentTarget.value as Evidence)}
        >
          {EVIDENCE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>{' '}
        and at least {percent('rules.doubleDown.minQuality')} of outputs pass the quality bar. Short of the evidence or
        the quality: <em>{ACTION_LABELS.prove_value}</em>.
      </p>
      <h3 className="matrix-rules__heading">Otherwise</h3>
      <p>
        strategic: <em>{ACTION_LABELS.fix}</em>; economics improve with scale: <em>{ACTION_LABELS.harvest}</em>;
        neither: <em>{ACTION_LABELS.pull_back}</em>.
      </p>
      <p className="matrix-rules__note">
        No criterion scored: <em>{ACTION_LABELS.not_scored}</em>, off the matrix and without a recommendation. Fewer
        than 4 months after launch and no trigger above: <em>{ACTION_LABELS.too_early}</em>.
      </p>
    </section>
  )
}
