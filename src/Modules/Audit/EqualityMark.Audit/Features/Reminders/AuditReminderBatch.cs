using EqualityMark.Audit.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;

namespace EqualityMark.Audit.Features.Reminders;

/// <summary>
/// One run's reminders, gathered before anything is written: each (kind, subject, period) once, with its email to each
/// recipient. The run then reads which of them earlier runs sent (one query, for these subjects only) and writes the
/// rest together.
/// </summary>
internal sealed class AuditReminderBatch(string? programmeName, DateTimeOffset now)
{
    private readonly Dictionary<(string Kind, Guid SubjectId, string Period), List<EmailMessage>> _due = [];

    public List<Guid> Subjects => _due.Keys.Select(k => k.SubjectId).Distinct().ToList();

    public void Add(string kind, Guid subjectId, string period, List<PersonDto> recipients, string subject, string body)
    {
        if (recipients.Count > 0)
        {
            _due.TryAdd((kind, subjectId, period), recipients.Select(person =>
                new EmailMessage(person.Email, subject, $"Dear {person.FullName},\n\n{body}\n\n{programmeName}", "AuditReminder")).ToList());
        }
    }

    public (List<ReminderSent> Records, List<EmailMessage> Emails) NotYetSent(IEnumerable<(string Kind, Guid SubjectId, string Period)> alreadySent)
    {
        var sent = alreadySent.ToHashSet();
        var due = _due.Where(reminder => !sent.Contains(reminder.Key)).ToList();
        return (due.Select(r => new ReminderSent { Kind = r.Key.Kind, SubjectId = r.Key.SubjectId, Period = r.Key.Period, SentAt = now }).ToList(),
            due.SelectMany(r => r.Value).ToList());
    }
}
