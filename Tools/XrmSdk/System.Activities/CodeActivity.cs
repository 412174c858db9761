namespace System.Activities
{
    public abstract class Activity { }
}
