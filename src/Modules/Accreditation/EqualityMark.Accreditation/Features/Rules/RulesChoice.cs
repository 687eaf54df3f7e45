namespace EqualityMark.Accreditation.Features.Rules;

/// <summary>
/// One rule on the form: a GOV.UK radio group of two answers, with the number the second answer needs set beneath it.
/// Field and NumberField are the bound names, e.g. "Input.BadgesExpire" and "Input.BadgeValidityYears".
/// </summary>
public sealed record RulesChoice(
    string Field,
    string Legend,
    string Hint,
    string PlainAnswer,
    string NumberAnswer,
    bool NumberAnswerValue,
    string NumberField,
    string NumberLabel,
    bool? Chosen,
    int? Number);
