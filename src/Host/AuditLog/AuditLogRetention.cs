using EqualityMark.Shared.Messaging;
using FluentValidation;
using MediatR;

namespace EqualityMark.Host.AuditLog;

internal static class AuditLogRetention
{
    public const int DefaultYears = 6;
    public const int FewestYears = 1;
    public const int MostYears = 20;
}

internal sealed record GetAuditLogRetentionQuery : IQuery<int>;

internal sealed record SetAuditLogRetentionCommand(int? Years) : ICommand<int>;

/// <summary>The daily job: removes the authority's entries older than its retention period, through the owner-defined function.</summary>
public sealed record PurgeAuditLogCommand : ICommand<Unit>;

internal sealed class SetAuditLogRetentionValidator : AbstractValidator<SetAuditLogRetentionCommand>
{
    public SetAuditLogRetentionValidator() =>
        RuleFor(c => c.Years).NotNull().WithMessage("Enter how many years to keep the audit log")
            .InclusiveBetween(AuditLogRetention.FewestYears, AuditLogRetention.MostYears)
            .WithMessage($"Keep the audit log for between {AuditLogRetention.FewestYears} and {AuditLogRetention.MostYears} years");
}
