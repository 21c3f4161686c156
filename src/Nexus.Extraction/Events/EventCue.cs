using System.Text.RegularExpressions;
using Nexus.Core.Events;

namespace Nexus.Extraction.Events;

/// <summary>One row of Lexicon/event-cues.tsv: a trigger pattern, its event type and what else the sentence must give.</summary>
public sealed record EventCue(Regex Trigger, EventType Type, string Needs);
