using EqualityMark.Organisations.Domain;
using FluentValidation;

namespace EqualityMark.Organisations.Features.Setup;

internal sealed class SaveIdentityValidator : AbstractValidator<SaveIdentityCommand>
{
    public const int LargestLogo = 512 * 1024;

    public SaveIdentityValidator()
    {
        RuleFor(c => c.ProgrammeName).NotEmpty().WithMessage("Enter the name of your equality mark").MaximumLength(200).WithMessage("The name must be 200 characters or fewer");
        RuleFor(c => c.Description).NotEmpty().WithMessage("Enter a short description of the programme").MaximumLength(1000).WithMessage("The description must be 1000 characters or fewer");
        RuleFor(c => c.ContactEmail).NotEmpty().WithMessage("Enter a contact email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like equality@council.gov.uk").MaximumLength(320);
        RuleFor(c => c.ContactPhone).NotEmpty().WithMessage("Enter a contact phone number")
            .Matches(@"^\+?[0-9 ()-]{10,20}$").WithMessage("Enter a phone number, like 01772 123456 or +44 1772 123456");
        RuleFor(c => c.BrandColour).Must(BrandColourRule.IsHex).WithMessage("Enter a colour as # and six hexadecimal digits, like #1d70b8")
            .Must(c => BrandColourRule.ContrastWithWhite(c) >= BrandColourRule.MinimumContrast)
            .When(c => BrandColourRule.IsHex(c.BrandColour))
            .WithMessage(c => $"Choose a darker colour: white text on it has a contrast of {BrandColourRule.ContrastWithWhite(c.BrandColour):0.0}:1 and needs at least 4.5:1");
        RuleFor(c => c.Logo).Must(l => l!.Length <= LargestLogo).When(c => c.Logo is not null).WithMessage("The logo must be smaller than 512 KB");
        RuleFor(c => c.Logo).Must(IsPngOrJpeg).When(c => c.Logo is { Length: <= LargestLogo }).WithMessage("The logo must be a PNG or JPEG image");
    }

    /// <summary>By its first bytes, whatever its name says.</summary>
    public static bool IsPngOrJpeg(byte[]? content) =>
        content is { Length: > 8 } && (content.AsSpan(0, 8).SequenceEqual(Png) || content.AsSpan(0, 3).SequenceEqual(Jpeg));

    public static string ContentTypeOf(byte[] content) => content.AsSpan(0, 3).SequenceEqual(Jpeg) ? "image/jpeg" : "image/png";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
}
