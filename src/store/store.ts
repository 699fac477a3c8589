/**
 * What must survive a restart and be shared by replicas: channel follows, the alerts already
 * posted for them, answer feedback and the Messages-tab prompt log. One interface, so callers
 * never see SQL; {@link openSqliteStore} is its implementation.
 */
export interface Store {
  /** Records that a channel follows a topic (null: every new meeting). Following twice is one follow. */
  follow(request: FollowRequest): { follow: Follow; created: boolean };
  /** Removes the channel's follow of the topic; false when it had none. */
  unfollow(where: ChannelRef, topic: string | null): boolean;
  /** The channel's follows, oldest first. */
  follows(where: ChannelRef): Follow[];
  /** Every follow in every workspace, oldest first (the alert sender walks them all). */
  allFollows(): Follow[];
  /**
   * Claims the right to post `meetingId` to `followId`: true for exactly one caller, ever, across
   * processes sharing the file. Claim before posting; {@link releaseAlert} if the post fails.
   */
  claimAlert(followId: number, meetingId: string): boolean;
  /** Gives a claim back after a failed post, so a later run can try again. */
  releaseAlert(followId: number, meetingId: string): void;
  recordFeedback(feedback: NewFeedback): Feedback;
  /** Every recorded feedback: 👎 before 👍, newest first within each. */
  feedback(): Feedback[];
  /** True the first time (team, user, day) is claimed: suggested prompts go out once a day. */
  claimPromptDay(team: string, user: string, day: string): boolean;
  close(): void;
}

export interface ChannelRef {
  team: string;
  channel: string;
}

export interface FollowRequest extends ChannelRef {
  /** What the channel wants to hear about, or null for every new meeting. */
  topic: string | null;
  /** The Slack user who asked. */
  createdBy: string;
}

export interface Follow extends FollowRequest {
  id: number;
  /** ISO timestamp. */
  createdAt: string;
}

/** A citation as the answer showed it (answers/answer.ts Citation). */
export interface FeedbackCitation {
  body: string;
  date: string;
  item: string | null;
  file: string;
  line: number;
}

export interface NewFeedback {
  team: string;
  user: string;
  rating: "up" | "down";
  /** The asker's own question: feedback never stores other people's message text. */
  question: string;
  /** The answer's intent ("search", "attendees", …). */
  answerKind: string;
  citations: FeedbackCitation[];
}

export interface Feedback extends NewFeedback {
  id: number;
  createdAt: string;
}
