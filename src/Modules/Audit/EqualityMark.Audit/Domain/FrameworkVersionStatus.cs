namespace EqualityMark.Audit.Domain;

internal enum FrameworkVersionStatus
{
    Draft,
    Published,
}
