import { z } from 'zod'
import { Money, Share } from '../primitives'
import { defineDriver } from './define'

const number = () => z.number({ error: 'must be a number' }).finite('must be a finite number')

/**
 * Human review: the people who check AI output before it is used. Per query: the share reviewed
 * times the minutes a review takes, at a reviewer's loaded cost per hour; the share may fall by a
 * yearly rate as the output improves (compounded monthly from launch). Its inputs came after files
 * were first written: a file without them reads as no review.
 */
export const humanReview = defineDriver({
  id: 'humanReview',
  label: 'Human review',
  group: 'Human review',
  colour: '#ea7ccc',
  inputs: {
    reviewShare: {
      rule: Share,
      label: 'Review share',
      title: 'Share of queries reviewed',
      unit: 'percent',
      default: 0,
      addedLater: true,
      help: 'share of queries a person checks',
      aliases: ['Reviewed share', 'Human review share'],
    },
    minutesPerReview: {
      rule: number().min(0, 'must be zero or more').max(10_000, 'must be 10,000 minutes or less'),
      label: 'Minutes / review',
      title: 'Minutes per review',
      unit: 'minutes',
      default: 0,
      addedLater: true,
      help: 'minutes a person spends on one review',
      aliases: ['Review minutes'],
    },
    costPerReviewerHour: {
      rule: Money,
      label: 'Reviewer cost / hr',
      title: 'Cost per reviewer hour',
      unit: 'money',
      default: 0,
      addedLater: true,
      help: 'loaded cost of one reviewer hour',
      aliases: ['Reviewer hourly cost'],
    },
    reviewDeclinePerYear: {
      rule: number().min(0, 'must be between 0% and 100%').max(1, 'must be between 0% and 100%'),
      label: 'Review decline / yr',
      title: 'Review share decline per year',
      unit: 'percent',
      default: 0,
      addedLater: true,
      help: 'yearly fall of the review share as quality improves',
    },
  },
  cost: {
    kind: 'schedule',
    terms: [
      {
        when: 'perQuery',
        amount: { product: ['reviewShare', 'minutesPerReview', 'costPerReviewerHour'], per: 60 },
        yearlyDecline: 'reviewDeclinePerYear',
      },
    ],
  },
  lever: true,
  tornado: { bar: { key: 'humanReview', label: 'Human review cost' }, scales: ['costPerReviewerHour'] },
})
