using EqualityMark.Audit.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;

namespace EqualityMark.Audit.Features.Reminders;

/// <summary>
/// One run's reminders: each (kind, subject, period) at most once, counting those sent by earlier runs, with its
/// record and emails gathered so the run writes them together.
/// </summary>
internal sealed class AuditReminderBatch(IEnumerable<(string Kind, Guid SubjectId, string Period)> alreadySent, string? programmeName, DateTimeOffset now)
{
    private readonly HashSet<(string, Guid, string)> _sent = alreadySent.ToHashSet();

    public List<ReminderSent> Records { get; } = [];

    public List<EmailMessage> Emails { get; } = [];

    public void Add(string kind, Guid subjectId, string period, List<PersonDto> recipients, string subject, string body)
    {
        if (recipients.Count == 0 || !_sent.Add((kind, subjectId, period)))
        {
            return;
        }

        Records.Add(new ReminderSent { Kind = kind, SubjectId = subjectId, Period = period, SentAt = now });
        Emails.AddRange(recipients.Select(person =>
            new EmailMessage(person.Email, subject, $"Dear {person.FullName},\n\n{body}\n\n{programmeName}", "AuditReminder")));
    }
}
