@echo off
rem kaigo-hojo for Windows: runs lib\kaigo-hojo.jar of this release with the Java runtime (17 or newer)
rem of JAVA_HOME, or the java on PATH.
rem
rem Arguments: passed to Java unchanged, all of them, by %* and nothing else (no shift, no %1, no
rem delayed expansion that would eat "!"): file names with spaces or Japanese work, quoted as usual.
rem Start-up: with Java 19 or newer a class-data archive is kept per user in
rem %LOCALAPPDATA%\kaigo-hojo\<size and time of the jar>\ (never beside the jar: a shared install may
rem be read-only); a new jar has another size or time, so it gets a new archive.
rem Output: kaigo-hojo itself writes CP932 to a Japanese console and UTF-8 to files and pipes.
rem Environment: JAVA_HOME, KAIGO_HOJO_LANG (ja or en), KAIGO_HOJO_NO_CDS=1 (no archive),
rem KAIGO_HOJO_JAVA_OPTS (more JVM options).
setlocal DisableDelayedExpansion
set "KH_JAR=%~dp0..\lib\kaigo-hojo.jar"
if not exist "%KH_JAR%" goto missing
set "KH_JAVA=java"
if defined JAVA_HOME set "KH_JAVA=%JAVA_HOME%\bin\java.exe"
set "KH_OPTS=-XX:-UsePerfData -XX:TieredStopAtLevel=1"
if "%KAIGO_HOJO_NO_CDS%"=="1" goto run
if not defined LOCALAPPDATA goto run
for %%F in ("%KH_JAR%") do set "KH_KEY=%%~zF-%%~tF"
set "KH_KEY=%KH_KEY:/=-%"
set "KH_KEY=%KH_KEY::=-%"
set "KH_KEY=%KH_KEY: =_%"
set "KH_CACHE=%LOCALAPPDATA%\kaigo-hojo\%KH_KEY%"
if not exist "%KH_CACHE%\" mkdir "%KH_CACHE%" >nul 2>&1
if exist "%KH_CACHE%\" set KH_OPTS=%KH_OPTS% -XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%KH_CACHE%\kaigo-hojo.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
:run
"%KH_JAVA%" %KH_OPTS% %KAIGO_HOJO_JAVA_OPTS% -jar "%KH_JAR%" %*
exit /b %ERRORLEVEL%
:missing
>&2 echo kaigo-hojo: "%KH_JAR%" is missing: unpack the whole release archive.
exit /b 70
