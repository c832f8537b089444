@echo off
rem Rostrum, the static site generator for debate archives: runs lib\rostrum.jar with Java 17 or
rem newer: ROSTRUM_JAVA when it is set, else JAVA_HOME\bin\java.exe, else the java on the PATH.
rem   ROSTRUM_JAVA_OPTS  JVM options, "-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1" by default.
setlocal
set "ROSTRUM_HOME=%~dp0.."
if defined ROSTRUM_JAVA (
  set "JAVA=%ROSTRUM_JAVA%"
) else if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)
set "JAVA_VERSION="
rem "java -fullversion" prints: openjdk full version "17.0.2+8"
for /f tokens^=2^ delims^=^" %%v in ('"%JAVA%" -fullversion 2^>^&1') do set "JAVA_VERSION=%%v"
if not defined JAVA_VERSION goto nojava
set "JAVA_MAJOR="
for /f "delims=.-+_" %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if "%JAVA_MAJOR%"=="1" goto oldjava
if %JAVA_MAJOR% LSS 17 goto oldjava
if not defined ROSTRUM_JAVA_OPTS set "ROSTRUM_JAVA_OPTS=-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
"%JAVA%" %ROSTRUM_JAVA_OPTS% -jar "%ROSTRUM_HOME%\lib\rostrum.jar" %*
exit /b %ERRORLEVEL%

:nojava
echo rostrum: Java 17 or newer is needed, and none was found (no JAVA_HOME, no java on the PATH). 1>&2
echo Install a Java runtime, for example Eclipse Temurin 17 from https://adoptium.net/ 1>&2
echo (winget install EclipseAdoptium.Temurin.17.JRE), then open a new terminal or set JAVA_HOME. 1>&2
exit /b 1

:oldjava
echo rostrum: Java 17 or newer is needed, but %JAVA% is Java %JAVA_VERSION%. 1>&2
echo Install a newer one, for example Eclipse Temurin 17 from https://adoptium.net/ 1>&2
echo (winget install EclipseAdoptium.Temurin.17.JRE), and set JAVA_HOME to its folder. 1>&2
exit /b 1
