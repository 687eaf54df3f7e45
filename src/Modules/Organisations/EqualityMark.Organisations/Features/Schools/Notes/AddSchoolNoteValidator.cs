using EqualityMark.Organisations.Domain;
using FluentValidation;

namespace EqualityMark.Organisations.Features.Schools.Notes;

internal sealed class AddSchoolNoteValidator : AbstractValidator<AddSchoolNoteCommand>
{
    public AddSchoolNoteValidator() =>
        RuleFor(c => c.Text).NotEmpty().WithMessage("Enter the note")
            .MaximumLength(SchoolNoteRules.LongestNote).WithMessage($"The note must be {SchoolNoteRules.LongestNote} characters or fewer");
}
