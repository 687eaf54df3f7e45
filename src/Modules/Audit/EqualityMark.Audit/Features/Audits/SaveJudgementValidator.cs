using FluentValidation;

namespace EqualityMark.Audit.Features.Audits;

internal sealed class SaveJudgementValidator : AbstractValidator<SaveJudgementCommand>
{
    public SaveJudgementValidator()
    {
        RuleFor(c => c.Rating).NotNull().WithMessage("Choose a rating").IsInEnum().WithMessage("Choose a rating");
        RuleFor(c => c.Commentary).MaximumLength(4000).WithMessage("Commentary must be 4,000 characters or fewer");
        RuleFor(c => c.EvidenceNotes).MaximumLength(4000).WithMessage("Evidence notes must be 4,000 characters or fewer");
    }
}

internal sealed class ReturnAuditValidator : AbstractValidator<ReturnAuditCommand>
{
    public ReturnAuditValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say what the school needs to change").MaximumLength(2000);
}
